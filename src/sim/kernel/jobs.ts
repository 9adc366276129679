/**
 * Every request in flight, as rows of a struct-of-arrays table. A job is one visit of a request
 * to one component: the client's logical request, its attempt at the balancer, the balancer's
 * forward to a server, the server's call to the next tier. Each points at its caller (`parent`),
 * so an answer travels back hop by hop and a failure keeps its kind on the way. A client with no
 * timeout, retry or hedge to track keeps no row of its own: its request starts at the first hop,
 * whose `parent` names the client (see `rowlessCaller`), which saves a row per request.
 *
 * Rows are recycled through a free list and the columns grow by doubling, so a run allocates
 * nothing per request once it has reached its peak concurrency. Each incarnation of a row gets
 * a fresh `token`, which scheduled events carry so that an event aimed at a job that has since
 * finished (and whose row was reused) is recognised as stale and ignored.
 */
export class Jobs {
  /** Live rows, for the end-of-run conservation check and memory figures. */
  live = 0;
  capacity: number;

  /** The component holding the job. */
  comp: Int32Array;
  /** Instance (replica) of that component, or backend index at a balancer; -1 if none yet. */
  inst: Int32Array;
  /**
   * The caller waiting for this job's answer; NO_CALLER for a client's own row and for async
   * calls; below that, a client waiting without a row of its own (`rowlessCaller`).
   */
  parent: Int32Array;
  /** Request class index and key (-1 without keys): carried unchanged along the path. */
  cls: Int32Array;
  key: Int32Array;
  token: Int32Array;
  /** The sync call this job waits on, by row and token; child -1 when none. */
  child: Int32Array;
  childToken: Int32Array;
  /**
   * A second copy of the call under way (a client's hedged request), by row and token; the row
   * means something only while the token is not 0 (it is cleared when a row is freed).
   */
  hedge: Int32Array;
  hedgeToken: Int32Array;
  /** Per-component step counter: next call index at a server, attempt number at a client. */
  step: Int32Array;
  /** Bit flags, see the FLAG_ constants. */
  flags: Int32Array;
  /** Intrusive doubly linked list links (queues and in-service lists of an instance). */
  next: Int32Array;
  prev: Int32Array;
  /** Arrival time at the holding component. */
  arrived: Float64Array;
  /** When the request left its client, on the client's row or a rowless request's first hop. */
  sent: Float64Array;
  /** Component-specific time: service start at a server, forward time at a balancer. */
  started: Float64Array;
  /**
   * Component-specific amount: finish point in virtual time under processor sharing; when its
   * service ends, or the work left once preempted, under preemptive priority.
   */
  work: Float64Array;
  /**
   * When a FLAG_HELD job was taken in, as a count of its component's intakes: a crash gives back
   * what it held in the order it was taken in, found by a scan of the table rather than kept in
   * a list on every request.
   */
  entered: Float64Array;

  private freeList: Int32Array;
  private freeCount = 0;
  private nextToken = 1;

  constructor(
    initialCapacity = 256,
    /** Rows the table may grow to; past them `full` is called, which must throw. */
    private readonly maxRows = Number.POSITIVE_INFINITY,
    private readonly full: () => never = tableFull,
  ) {
    this.capacity = initialCapacity;
    this.comp = new Int32Array(initialCapacity);
    this.inst = new Int32Array(initialCapacity);
    this.parent = new Int32Array(initialCapacity);
    this.cls = new Int32Array(initialCapacity);
    this.key = new Int32Array(initialCapacity);
    this.token = new Int32Array(initialCapacity);
    this.child = new Int32Array(initialCapacity);
    this.childToken = new Int32Array(initialCapacity);
    this.hedge = new Int32Array(initialCapacity);
    this.hedgeToken = new Int32Array(initialCapacity);
    this.step = new Int32Array(initialCapacity);
    this.flags = new Int32Array(initialCapacity);
    this.next = new Int32Array(initialCapacity);
    this.prev = new Int32Array(initialCapacity);
    this.arrived = new Float64Array(initialCapacity);
    this.sent = new Float64Array(initialCapacity);
    this.started = new Float64Array(initialCapacity);
    this.work = new Float64Array(initialCapacity);
    this.entered = new Float64Array(initialCapacity);
    this.freeList = new Int32Array(initialCapacity);
    this.pushFree(0, initialCapacity);
  }

  alloc(comp: number, parent: number, cls: number, key: number, now: number): number {
    if (this.freeCount === 0) this.grow();
    const j = this.freeList[--this.freeCount];
    this.live++;
    this.comp[j] = comp;
    this.inst[j] = -1;
    this.parent[j] = parent;
    this.cls[j] = cls;
    this.key[j] = key;
    // Tokens only need to differ between incarnations of a row; wrapping after 2^31 is harmless.
    this.token[j] = this.nextToken;
    this.nextToken = (this.nextToken + 1) & 0x7fffffff || 1;
    // `next`, `prev`, `started`, `work`, `entered` and `sent` are written before they are read
    // (a list insertion, a service start, a client's send), so a fresh row leaves them alone.
    this.child[j] = -1;
    this.step[j] = 0;
    this.flags[j] = FLAG_LIVE;
    this.arrived[j] = now;
    return j;
  }

  free(j: number): void {
    if ((this.flags[j] & FLAG_LIVE) === 0) freedTwice(j);
    this.flags[j] = 0;
    this.token[j] = 0;
    // A timeout aimed at this row's last call must find nothing to time out.
    this.childToken[j] = 0;
    this.hedgeToken[j] = 0;
    this.live--;
    this.freeList[this.freeCount++] = j;
  }

  isLive(j: number, token: number): boolean {
    return this.token[j] === token;
  }

  /**
   * True when someone up the chain of callers has stopped waiting (a timeout or a crash), so
   * finishing this job helps nobody. Chains are a few hops long.
   */
  isOrphaned(j: number): boolean {
    for (let k = j; k >= 0; k = this.parent[k]) {
      if ((this.flags[k] & FLAG_ABANDONED) !== 0) return true;
    }
    return false;
  }

  /** The client a measured row counts for: its own row, or the first hop of a rowless request. */
  clientOf(j: number): number {
    const p = this.parent[j];
    return p < NO_CALLER ? rowlessClient(p) : this.comp[j];
  }

  private pushFree(from: number, to: number): void {
    for (let i = to - 1; i >= from; i--) this.freeList[this.freeCount++] = i;
  }

  private grow(): void {
    const old = this.capacity;
    if (old * 2 > this.maxRows) this.full();
    const capacity = old * 2;
    this.comp = growInt(this.comp, capacity);
    this.inst = growInt(this.inst, capacity);
    this.parent = growInt(this.parent, capacity);
    this.cls = growInt(this.cls, capacity);
    this.key = growInt(this.key, capacity);
    this.token = growInt(this.token, capacity);
    this.child = growInt(this.child, capacity);
    this.childToken = growInt(this.childToken, capacity);
    this.hedge = growInt(this.hedge, capacity);
    this.hedgeToken = growInt(this.hedgeToken, capacity);
    this.step = growInt(this.step, capacity);
    this.flags = growInt(this.flags, capacity);
    this.next = growInt(this.next, capacity);
    this.prev = growInt(this.prev, capacity);
    this.arrived = growFloat(this.arrived, capacity);
    this.sent = growFloat(this.sent, capacity);
    this.started = growFloat(this.started, capacity);
    this.work = growFloat(this.work, capacity);
    this.entered = growFloat(this.entered, capacity);
    this.freeList = new Int32Array(capacity);
    this.capacity = capacity;
    this.pushFree(old, capacity);
  }
}

/** `parent` of a row no one waits for through the job table: a client's own, an async call. */
export const NO_CALLER = -1;

/** `parent` of the first hop of a request whose client keeps no row of its own. */
export function rowlessCaller(client: number): number {
  return -2 - client;
}

/** The client of a `rowlessCaller` parent. */
export function rowlessClient(parent: number): number {
  return -2 - parent;
}

export const FLAG_LIVE = 1;
/** The caller stopped waiting: the answer, when it comes, is thrown away. */
export const FLAG_ABANDONED = 2;
/** The caller has a timeout on this job, so a crash loses it silently instead of refusing it. */
export const FLAG_CALLER_TIMEOUT = 4;
/** A client request created after the warm-up: it counts in the summary. */
export const FLAG_MEASURED = 8;
/** A server job currently holding a worker. */
export const FLAG_HOLDS_WORKER = 16;
/** A server job whose local processing is under way (its completion event is pending). */
export const FLAG_COMPUTING = 64;
/**
 * Held by its component beyond any waiting queue, and lost if it crashes: in service at an
 * instance of a worker pool (or waiting there on its calls), or being forwarded by a balancer.
 */
export const FLAG_HELD = 128;
/**
 * Taken off its worker by a more urgent request (preemptive priority): it waits with the work
 * it has left in `work`, and resumes rather than starting again.
 */
export const FLAG_PREEMPTED = 1024;

/**
 * The live rows that `comp` holds (FLAG_HELD) at `instance` (any instance for -1), in the order
 * they were taken in: what a crash loses. A scan of the whole table, for crashes are rare.
 */
export function heldBy(jobs: Jobs, comp: number, instance: number): number[] {
  const held: number[] = [];
  for (let j = 0; j < jobs.capacity; j++) {
    if (
      (jobs.flags[j] & FLAG_HELD) !== 0 &&
      jobs.comp[j] === comp &&
      (instance < 0 || jobs.inst[j] === instance)
    ) {
      held.push(j);
    }
  }
  return held.sort((x, y) => jobs.entered[x] - jobs.entered[y]);
}

function tableFull(): never {
  throw new Error("the job table is full");
}

function freedTwice(j: number): never {
  throw new Error(`engine bug: job ${j} freed twice`);
}

function growInt(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array, capacity: number): Float64Array {
  const b = new Float64Array(capacity);
  b.set(a);
  return b;
}
