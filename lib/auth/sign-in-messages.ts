// What the sign-in form is told when the password was right but one more step is needed. Shared by
// the server (which throws them through next-auth) and the form (which offers the next step).

/** Only someone who knows the password ever sees this, so it reveals nothing about who has an account. */
export const EMAIL_NOT_CONFIRMED = "Please confirm your email address first: open the link we emailed you when you signed up.";
export const EXPIRED_CONFIRM_LINK = "This confirmation link has expired or was already used. We can email you a new one.";

/** After the right password, for an account with two-step sign-in on. */
export const CODE_NEEDED = "Enter the 6-digit code from your authenticator app.";
export const CODE_WRONG = "That code did not work. Enter the newest code from your authenticator app, or one of your recovery codes.";
