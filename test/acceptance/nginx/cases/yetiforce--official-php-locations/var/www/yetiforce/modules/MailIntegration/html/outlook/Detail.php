<?php
/**
 * Outlook add-in detail page.
 */
