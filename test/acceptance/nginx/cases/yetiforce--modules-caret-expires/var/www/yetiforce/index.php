<?php
/**
 * YetiForce CRM main entry.
 */
