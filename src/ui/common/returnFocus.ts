import { useState } from 'react';

/**
 * For a message that appears and is dismissed (a banner, a notice): remembers what had focus when it
 * appeared, and gives a function that puts focus back there. Without it, dismissing the message
 * removes the focused button and a keyboard user is sent back to the top of the page.
 * Call it in a component that mounts when the message appears.
 */
export function useReturnFocus(): () => void {
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  return () => {
    if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
  };
}
