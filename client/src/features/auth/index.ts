// Public surface of the auth feature.
export { SignInPage } from "./components/sign-in-page.tsx";
export { SignOutButton } from "./components/sign-out-button.tsx";
