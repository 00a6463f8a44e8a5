<?php
/**
 * YetiForce plugin for Roundcube.
 */
