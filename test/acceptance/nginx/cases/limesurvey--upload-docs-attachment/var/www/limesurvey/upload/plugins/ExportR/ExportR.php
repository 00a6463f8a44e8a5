<?php // plugin installed through the administration's plugin upload (placeholder)
