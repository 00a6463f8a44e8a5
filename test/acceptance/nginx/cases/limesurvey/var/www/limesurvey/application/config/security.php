<?php // encryption keys (placeholder)
