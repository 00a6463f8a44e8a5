/* source of the chat popup (stand-in) */
