import { render } from 'preact';
render(<p>PanelPilot</p>, document.getElementById('app')!);
