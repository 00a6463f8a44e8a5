<?php // WordPress bootstrap (placeholder)
