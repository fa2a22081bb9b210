// Public surface of the users feature.
export { UsersPage } from "./components/users-page.tsx";
