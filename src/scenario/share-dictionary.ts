/**
 * The preset dictionary of share links, format 1 (RFC 1951 allows one; zlib calls it FDICT): a
 * scenario with every field name, component type and common value once, plus the openings of
 * lesson texts in both languages. DEFLATE can then point back into it from the first byte of a
 * link, which makes a preset's link about a fifth shorter. A link of format 1 can only be read
 * with exactly these bytes: never edit this text; a new dictionary needs a new link version.
 */
export const SHARE_DICTIONARY_V1: Uint8Array = new TextEncoder().encode(
  [
    '{"version":1,"name":{"en":"","zh-CN":""},"description":{"en":"","zh-CN":""},"seed":"1","duration":120,"warmup":10,"network":{"dist":"const","value":0.001},"components":[',
    '{"id":"users","type":"client","label":{"en":"Users","zh-CN":"用户"},"workload":{"kind":"open","rate":100,"arrival":"poisson","schedule":[{"at":60,"rate":200}]},"target":"lb","mix":[{"class":"read","weight":9},{"class":"write","weight":1}],"keys":{"count":10000,"zipf":1.1},"timeout":2,"retry":{"max":3,"backoff":0.1,"multiplier":2,"jitter":true,"budget":0.1},"hedge":{"after":0.1},"position":{"x":80,"y":220}},',
    '{"id":"lb","type":"loadbalancer","label":{"en":"Load balancer","zh-CN":"负载均衡器"},"algorithm":"least-connections","targets":[{"id":"web","weight":1}],"healthCheck":{"interval":2,"unhealthyAfter":3,"healthyAfter":2},"rateLimit":{"rate":100,"burst":10},"position":{"x":280,"y":220}},',
    '{"id":"web","type":"server","label":{"en":"App servers","zh-CN":"应用服务器"},"replicas":3,"workers":8,"cores":1,"queue":100,"discipline":"fifo","deadlines":true,"blocking":true,"service":{"dist":"exp","mean":0.02},"calls":[{"target":"db","when":"read","mode":"sync","timeout":1,"maxConcurrent":10,"breaker":{"failureRate":0.5,"window":10,"openFor":5,"minCalls":10}}],"failures":{"mtbf":600,"mttr":30},"costPerHour":0.1,"position":{"x":500,"y":220}},',
    '{"id":"cache","type":"cache","label":{"en":"Cache","zh-CN":"缓存"},"capacity":1000,"ttl":60,"hitRatio":0.9,"hit":{"dist":"const","value":0.001},"backend":"db","coalesce":true},',
    '{"id":"db","type":"database","label":{"en":"Database","zh-CN":"数据库"},"connections":20,"read":{"dist":"lognormal","mean":0.01,"cv":1},"write":{"dist":"erlang","mean":0.03,"k":2},"replicas":{"count":2,"lag":{"dist":"uniform","min":0,"max":1}},"shards":4,"failover":5},',
    '{"id":"queue","type":"queue","label":{"en":"Queue","zh-CN":"队列"},"capacity":1000,"publish":{"dist":"pareto","min":0.001,"alpha":2},"consumers":{"count":4,"prefetch":1,"service":{"dist":"exp","mean":0.05},"target":"worker"},"maxRedeliveries":3},',
    '{"id":"cdn","type":"cdn","hitRatio":0.95,"hit":{"dist":"exp","mean":0.005},"origin":"web"},',
    '{"id":"scaler","type":"autoscaler","target":"web","metric":"utilization","targetValue":0.6,"min":1,"max":10,"interval":15,"warmup":30,"cooldown":60}',
    '],"faults":[{"at":60,"target":"web","kind":"crash","duration":30,"instance":0},{"at":60,"target":"db","kind":"slow","factor":10,"duration":60},{"kind":"errors","rate":0.5},{"kind":"partition","from":"web"}],"lesson":{"goal":{"en":"See why ","zh-CN":"看看为什么"},"try":[{"en":"Run it: the p99 latency of requests ","zh-CN":"运行它：请求的 p99 延迟"}],"question":{"en":"What happens to p99 when the server\'s queue ","zh-CN":"当服务器的队列"}}}',
  ].join(""),
);
