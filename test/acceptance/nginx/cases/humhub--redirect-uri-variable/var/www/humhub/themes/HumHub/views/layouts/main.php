<?php
// layout view (placeholder)
