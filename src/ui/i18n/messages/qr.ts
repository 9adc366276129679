import { defineMessages } from "../define";

/** The QR code of the running scenario's link (Share panel, presenter mode). */
export const qr = defineMessages({
  en: {
    "qr.label": "QR code of the link to this scenario",
    "qr.preset": "Scan to open this preset, with its own seed.",
    "qr.scenario": "Scan to open this exact scenario and seed.",
    "qr.none": "No scenario is loaded yet: there is no code to show.",
    "qr.tooLong":
      "This scenario's link is too long for a QR code ({length} characters). Share the link instead, or run a preset unchanged: its short link fits.",
    "qr.localOnly":
      "This page was opened at this computer's own address, which no phone can open. Serve the room with 'npx archsim serve --lan' and open the page at one of the addresses it prints.",
    "qr.button": "QR code",
    "qr.button.title": "Show a large QR code of this scenario's link for the room to scan",
    "qr.dialog": "QR code for the room",
    "qr.close": "Close",
  },
  "zh-CN": {
    "qr.label": "指向此场景的链接的二维码",
    "qr.preset": "扫码打开此预设（使用它自己的种子）。",
    "qr.scenario": "扫码打开与此完全相同的场景和种子。",
    "qr.none": "尚未载入场景：没有可显示的二维码。",
    "qr.tooLong":
      "此场景的链接太长，无法做成二维码（{length} 个字符）。请改为分享链接，或运行未修改的预设：它的短链接可以放进二维码。",
    "qr.localOnly":
      "此页面是通过本机自己的地址打开的，手机无法打开。请用 'npx archsim serve --lan' 为整个教室提供服务，并在它列出的某个地址打开此页面。",
    "qr.button": "二维码",
    "qr.button.title": "显示此场景链接的大二维码，供全场扫码",
    "qr.dialog": "给全场扫的二维码",
    "qr.close": "关闭",
  },
});
