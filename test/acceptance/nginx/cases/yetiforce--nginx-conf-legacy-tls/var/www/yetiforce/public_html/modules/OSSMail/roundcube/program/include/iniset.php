<?php
/**
 * Roundcube iniset.
 */
