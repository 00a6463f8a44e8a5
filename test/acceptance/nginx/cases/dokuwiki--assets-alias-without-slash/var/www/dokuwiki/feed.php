<?php
// RSS/Atom feed (placeholder)
