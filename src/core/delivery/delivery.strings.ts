/**
 * What the delivery status and the honeypot say. Each posting widget spreads these into its own catalog
 * (`{ ...coreEn, ...deliveryEn, ... }`), and `deliveryEs` into its Spanish one.
 */
export const deliveryEn = {
  deliverySending: 'Sending…',
  deliverySent: 'Sent. Thank you.',
  deliverySentReference: (reference: string) => `Sent. Thank you. Your reference is ${reference}.`,
  deliveryRetrying: 'Not sent yet: we could not reach the service. We will try again in a moment. Your answers are still here.',
  deliveryOffline: 'You seem to be offline. We will send this when you are back online. Your answers are still here.',
  deliveryWaitingSaved:
    'Not sent yet. It is saved in this browser and will be sent when you are back online or next open this page. Your answers are still here.',
  deliveryWaiting: 'Not sent yet. Keep this page open and we will send it when you are back online. Your answers are still here.',
  deliveryInvalid: 'Some answers need a change. Please check the highlighted questions.',
  deliveryRejected: 'The service could not accept some answers. Please check the highlighted questions and send again.',
  deliveryRefused: (status: number) =>
    `This could not be sent (error ${status}). Your answers are still here. Please try again later or contact the organization another way.`,
  deliveryNoEndpoint: 'This form cannot send because it is not set up correctly. Your answers are still here.',
  /** Added to every "not sent yet" message. */
  deliveryExitNote: 'If you use “Exit this page” before it is sent, it is sent one last time as you leave and then deleted from this browser.',
  deliveryRetry: 'Try again now',
  honeypotLabel: 'Leave this field empty',
  endpointMissing: 'No address is set for sending this form.',
  endpointRefused: 'The address for sending this form is not safe, so sending is turned off.',
};
