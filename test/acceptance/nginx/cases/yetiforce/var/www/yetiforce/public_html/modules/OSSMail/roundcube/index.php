<?php
/**
 * Roundcube Webmail (YetiForce lib_roundcube) index.
 */
