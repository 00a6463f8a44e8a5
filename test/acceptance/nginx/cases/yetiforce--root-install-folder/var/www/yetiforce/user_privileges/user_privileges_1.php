<?php
/**
 * Privileges of user 1.
 */
