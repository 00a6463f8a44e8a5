<?php // Matomo CoreHome plugin: source of Piwik\Plugins\CoreHome (placeholder)
