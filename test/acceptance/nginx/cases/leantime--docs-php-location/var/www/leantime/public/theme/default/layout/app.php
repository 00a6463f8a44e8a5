<?php
// theme layout template (placeholder)
