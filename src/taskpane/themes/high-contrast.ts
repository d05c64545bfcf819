/** High contrast for the pane (a chunk of its own, see ../theme.ts). */
export { teamsHighContrastTheme as theme } from "@fluentui/react-components";
