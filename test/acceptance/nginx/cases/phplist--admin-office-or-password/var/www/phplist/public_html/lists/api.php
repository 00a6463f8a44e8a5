<?php
// phpList REST API entry point (placeholder)
