<?php // OJS front controller (placeholder)
