<?php
return array (
  'passwordHash' => '$2y$10$Q8k3xv1Jc0lq7uX2m9PzEeZ3yYvA6Zk2oQ1eR5tU7iW9oP0aS2dFg',
  'apiPasswordHash' => '',
);
