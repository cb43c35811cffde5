import type { ThemeConfig } from "antd";

/**
 * Whether the user's system asks for reduced motion (an accessibility setting: motion can cause
 * discomfort). Read once at start-up; the app then opens dialogs and menus without animation.
 */
const reducedMotion =
  typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;

/** A sober government-software look: deep blue primary, compact type, square-ish corners. */
export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: "#1d4f91",
    colorLink: "#1d4f91",
    colorSuccess: "#389e0d",
    colorError: "#cf1322",
    colorWarning: "#d46b08",
    borderRadius: 4,
    fontSize: 14,
    fontFamily:
      '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: "#0f2d57", siderBg: "#0b2447", headerHeight: 52, headerPadding: "0 20px" },
    Menu: { darkItemBg: "#0b2447", darkSubMenuItemBg: "#081c38", darkItemSelectedBg: "#1d4f91" },
    Table: { headerBg: "#f3f6fa", cellPaddingBlockSM: 6 },
    Card: { headerFontSize: 15 },
  },
};

/** Colours with a meaning on every screen. */
export const COLORS = {
  better: "#389e0d",
  worse: "#cf1322",
  neutral: "#8c8c8c",
  weak: "#cf1322",
  warning: "#d46b08",
};
