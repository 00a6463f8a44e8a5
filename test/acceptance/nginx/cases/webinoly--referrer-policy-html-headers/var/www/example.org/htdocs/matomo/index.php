<?php // Matomo front controller (placeholder)
