/** Outlook's dark theme for the pane (a chunk of its own, see ../theme.ts). */
export { webDarkTheme as theme } from "@fluentui/react-components";
