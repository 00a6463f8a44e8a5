<?php
/**
 * Accounts record model.
 */
