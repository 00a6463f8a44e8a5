<?php
// phpList attachment download (placeholder)
