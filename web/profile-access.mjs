// The one way a screen reads the saved health profile: the coded JSON that risk.assess takes, read
// from the encrypted store by Python (profile.current), or null when the store is locked, not set
// up, or no profile has been saved. Nothing is cached on the page.
export async function currentProfile(app) {
  return app.call('profile.current');
}
