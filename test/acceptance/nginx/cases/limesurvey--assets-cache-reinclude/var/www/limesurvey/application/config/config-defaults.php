<?php // defaults (placeholder)
