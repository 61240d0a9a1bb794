import type { Resolvers } from '../../../generated/graphql';
import { me } from './Query/me';
import { users } from './Query/users';
import { register } from './Mutation/register';
import { verifyEmail } from './Mutation/verifyEmail';
import { resendVerificationEmail } from './Mutation/resendVerificationEmail';
import { signIn } from './Mutation/signIn';
import { signOut } from './Mutation/signOut';
import { requestPasswordReset } from './Mutation/requestPasswordReset';
import { resetPassword } from './Mutation/resetPassword';
import { changePassword } from './Mutation/changePassword';
import { updateProfile } from './Mutation/updateProfile';
import { setUserRole } from './Mutation/setUserRole';
import { User } from './User';

export const accountResolvers: Resolvers = {
  Query: { me, users },
  Mutation: {
    register,
    verifyEmail,
    resendVerificationEmail,
    signIn,
    signOut,
    requestPasswordReset,
    resetPassword,
    changePassword,
    updateProfile,
    setUserRole,
  },
  User,
};
