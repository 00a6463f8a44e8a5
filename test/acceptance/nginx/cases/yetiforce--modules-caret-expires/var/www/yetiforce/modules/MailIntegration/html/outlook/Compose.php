<?php
/**
 * Outlook add-in compose page.
 */
