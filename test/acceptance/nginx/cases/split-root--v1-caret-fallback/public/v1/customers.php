<?php
require __DIR__.'/inc/db.php';
header('Content-Type: application/json');
$stmt = $pdo->prepare('SELECT id, name, email FROM customer WHERE id = ?');
$stmt->execute([(int) ($_GET['id'] ?? 0)]);
echo json_encode($stmt->fetch(PDO::FETCH_ASSOC));
