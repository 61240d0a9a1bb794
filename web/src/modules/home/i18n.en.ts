import type { Messages } from '../../platform/i18n/types';
import type { vi } from './i18n';

/** English, in the shape of the Vietnamese texts (the type check fails on a missing key). */
export const en: Messages<typeof vi> = {
  title: 'Home',
  hero: {
    eyebrow: 'Online technology exchange',
    lead: 'Where businesses find the technology they need and researchers bring their results into production, connected and vouched for by the {{department}}.',
    register: 'Create an account',
    signIn: 'Sign in',
    createOrganization: 'Create an organisation profile',
    myOrganization: 'My organisation',
    greeting: 'Hello, {{name}}.',
  },
  audiences: {
    title: 'Who is the exchange for?',
    business: {
      title: 'Businesses',
      text: 'State a technology need, commission a solution to a production problem, find fitting equipment, processes or know-how, with the department’s help to connect and negotiate.',
    },
    research: {
      title: 'Researchers, institutes, universities',
      text: 'Present technology ready for transfer, intellectual property and research results; find businesses to apply and commercialise them.',
    },
    department: {
      title: 'The Department of Science and Technology',
      text: 'Verifies organisations, reviews listings, brokers each case on time, and publishes figures and technology-transfer results.',
    },
  },
  steps: {
    title: 'How to start?',
    one: {
      title: 'Create an account',
      text: 'With your e-mail address; verify it through the e-mail we send.',
    },
    two: {
      title: 'Create an organisation profile',
      text: 'A business, institute, university or individual inventor, with a tax code or establishment decision.',
    },
    three: {
      title: 'Get verified',
      text: 'Department staff check the details; the organisation gets the “Verified” badge.',
    },
    four: {
      title: 'Post and connect',
      text: 'Offer technology, post needs and ask the department to broker.',
    },
  },
  trust: {
    title: 'Open, transparent, on time',
    text: 'Every organisation is verified by the department before its listings are published. Contact details are never public: connections happen through the exchange, followed by a broker.',
  },
};
