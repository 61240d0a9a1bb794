import type { Messages } from '../../platform/i18n/types';
import type { vi } from './i18n';

/** English, in the shape of the Vietnamese texts (the type check fails on a missing key). */
export const en: Messages<typeof vi> = {
  fields: {
    email: 'Email',
    password: 'Password',
    passwordRule:
      'At least {{min}} characters. A long phrase that you remember and others cannot guess works best.',
    displayName: 'Display name',
    displayNameHint: 'The name others see, usually your full name.',
    language: 'Language',
    languageHint: 'The language of the screens and of the e-mails we send you.',
    currentPassword: 'Current password',
    newPassword: 'New password',
  },
  register: {
    title: 'Create an account',
    description:
      'Create an account to present technology, find technology for your business and follow your organisation’s brokering cases.',
    submit: 'Register',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
    welcome: 'Account created. Welcome, {{name}}!',
  },
  checkEmail: {
    title: 'Check your mailbox',
    text: 'We sent a verification e-mail to {{email}}. Open it and follow the link inside to verify your address.',
    textNoEmail:
      'We sent a verification e-mail to your address. Open it and follow the link inside to verify it.',
    devMailboxTitle: 'Development environment',
    devMailboxText: 'E-mails are not really sent; they are kept in the exchange’s development mailbox.',
    openDevMailbox: 'Open the development mailbox',
    notReceived:
      'Nothing after a few minutes? Check your spam folder, or send the e-mail again from My account.',
    continue: 'Continue',
    toAccount: 'Go to my account',
  },
  signIn: {
    title: 'Sign in',
    description: 'Sign in with the e-mail address and password you registered with.',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    noAccount: 'No account yet?',
    registerLink: 'Register',
    welcome: 'Hello, {{name}}!',
  },
  forgot: {
    title: 'Forgotten password',
    description: 'Enter your account’s e-mail address and we will send you a link to reset your password.',
    submit: 'Send a reset link',
    sentTitle: 'Request received',
    sent: 'If this address has an account on the exchange, we have sent it a link to reset the password. The link works once and expires.',
    backToSignIn: 'Back to sign in',
  },
  reset: {
    title: 'Reset your password',
    description: 'Choose a new password for your account.',
    submit: 'Set the new password',
    doneTitle: 'New password set',
    done: 'For your safety, all your sessions have ended. Please sign in again with the new password.',
    missingToken: 'This reset link is incomplete. Open the link in the e-mail again, or ask for a new one.',
    requestNew: 'Ask for a new link',
    signIn: 'Sign in',
  },
  verify: {
    title: 'E-mail verification',
    pending: 'Verifying your e-mail address…',
    successTitle: 'E-mail verified',
    success: 'Thank you! Your e-mail address is verified.',
    failedTitle: 'The e-mail could not be verified',
    missingToken: 'This verification link is incomplete. Open the link in the e-mail again.',
    resendHint: 'You can send the verification e-mail again from My account.',
    toAccount: 'Go to my account',
    signIn: 'Sign in to continue',
    toOrganization: 'Create or see your organisation',
  },
  account: {
    title: 'My account',
    description: 'Your profile, e-mail address, password and sessions.',
    profile: {
      title: 'Profile',
      saved: 'Profile updated',
      role: 'Role on the exchange',
      memberSince: 'Member since',
    },
    email: {
      title: 'E-mail address',
      verified: 'Verified',
      unverified: 'Not verified',
      unverifiedText: 'Your e-mail address is not verified yet. Open the verification e-mail we sent you.',
      resend: 'Send the verification e-mail again',
      resent: 'Verification e-mail sent to {{email}}',
    },
    password: {
      title: 'Change password',
      description: 'After the change, your other sessions are signed out.',
      submit: 'Change password',
      changed: 'Password changed',
    },
    sessions: {
      title: 'Sessions',
      description:
        'If you signed in on a shared computer or fear someone knows your password, sign out everywhere.',
      signOutEverywhere: 'Sign out everywhere',
      confirmTitle: 'Sign out everywhere?',
      confirmText: 'All your sessions, this one included, will end. You will have to sign in again.',
      done: 'Signed out everywhere.',
    },
    organizations: {
      title: 'Your organisations',
      empty: 'You are not in any organisation yet.',
      create: 'Create an organisation profile',
      acting: 'Acting for',
    },
  },
};
