// Filled in by the database test support: creates the per-run test database.
export default function setup(): void {}
