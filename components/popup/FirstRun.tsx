/** Shown while no panel is set up: what is needed and where to find it. */
export function FirstRun({ onSettings, onDemo, demoAvailable }: { onSettings: () => void; onDemo: () => void; demoAvailable: boolean }) {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Connect your first panel</h2>
      <p>PanelPilot needs your panel’s API URL and API key. Both are on your panel’s API page (usually Account → API).</p>
      <p class="muted small">
        An API URL looks like <code>https://yourpanel.com/api/v2</code>.
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={onSettings}>
          Add a panel
        </button>
        {demoAvailable && (
          <button type="button" onClick={onDemo}>
            Use the demo panel
          </button>
        )}
      </div>
      {demoAvailable && <p class="muted small">The demo panel is the local simulator running at <code>127.0.0.1:8787</code>.</p>}
    </section>
  );
}
