// The background worker: the toolbar badge and on-demand runs arrive with the overlay issue (#4).
export default defineBackground(() => {
  // Intentionally empty until the overlay issue wires the popup and badge.
});
