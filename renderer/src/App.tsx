export function App() {
  return <h1>SLA &amp; Downtime Calculator</h1>;
}
