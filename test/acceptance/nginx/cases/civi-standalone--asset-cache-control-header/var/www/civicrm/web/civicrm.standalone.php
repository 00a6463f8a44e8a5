<?php
// Bootstraps CiviCRM Standalone
