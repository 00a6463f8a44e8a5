<?php
// phpList open tracking (placeholder)
