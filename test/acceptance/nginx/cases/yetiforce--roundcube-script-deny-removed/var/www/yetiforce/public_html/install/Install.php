<?php
/**
 * Installer controller.
 */
