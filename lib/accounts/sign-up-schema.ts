import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Please use at most 200 characters.");

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com."));

export const signUpSchema = z.strictObject({
  name: z.string().trim().min(1, "Tell us your name.").max(120, "Please keep your name under 120 characters."),
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.output<typeof signUpSchema>;
