// The background has no job yet beyond existing: the toolbar popup and its shortcut (the manifest's
// `_execute_action` command) do the work. The corpus store and feeds will live here.
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {});
