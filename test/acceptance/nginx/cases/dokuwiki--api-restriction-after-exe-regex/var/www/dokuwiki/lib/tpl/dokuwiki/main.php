<?php
// template (placeholder)
