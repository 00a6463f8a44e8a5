<?php
// Forum topic.
