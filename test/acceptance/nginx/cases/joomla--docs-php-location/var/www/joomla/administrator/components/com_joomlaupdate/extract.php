<?php

/**
 * Joomla Update's standalone extraction script (placeholder for the acceptance case).
 */

echo json_encode(['status' => false, 'message' => 'placeholder']);
