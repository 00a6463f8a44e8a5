<?php
// stand-in: the route the balancer polls
namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class HealthController
{
    #[Route('/healthz', name: 'healthz', methods: ['GET', 'HEAD'])]
    public function __invoke(Connection $db): Response
    {
        $db->executeQuery('SELECT 1');
        return new Response("ok\n", 200, ['Content-Type' => 'text/plain', 'Cache-Control' => 'no-store']);
    }
}
