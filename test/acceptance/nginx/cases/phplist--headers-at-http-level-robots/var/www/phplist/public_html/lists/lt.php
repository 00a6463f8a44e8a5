<?php
// phpList click tracking (placeholder)
